import { DotLoading, ErrorBlock, NavBar } from 'antd-mobile';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { isApiError } from '../../../app/api.ts';
import './mobileWorkflow.css';
import { useInstance, useProcessForm } from './queries.ts';
import { StartForm } from './StartForm.tsx';

/**
 * `/workflow/start/:processKey` on a phone; `?draft=` continues a draft (or resubmits a
 * returned or withdrawn request), `?copyOf=` starts from an old request's values.
 */
export function MobileStartPage() {
  const key = useParams().processKey ?? '';
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const sourceId = search.get('draft') ?? search.get('copyOf') ?? '';
  const form = useProcessForm(key);
  const source = useInstance(sourceId, sourceId !== '');
  const loading = form.isPending || (sourceId !== '' && source.isPending);
  const error = form.error ?? source.error;
  const back = () =>
    window.history.length > 1 ? void navigate(-1) : void navigate('/workflow/catalogue');
  return (
    <div className="yw-mw-screen">
      <NavBar className="yw-m-navbar" onBack={back}>
        {form.data?.name ?? ''}
      </NavBar>
      {loading && !error && (
        <div className="yw-m-loading">
          <DotLoading color="primary" />
        </div>
      )}
      {error && (
        <ErrorBlock
          status="default"
          title={isApiError(error) ? error.message : String(error)}
          description=""
        />
      )}
      {!loading && form.data && (
        <StartForm
          key={`${key}-${sourceId}`}
          process={form.data}
          source={search.has('draft') ? (source.data ?? null) : null}
          initial={source.data?.form ?? {}}
        />
      )}
    </div>
  );
}
