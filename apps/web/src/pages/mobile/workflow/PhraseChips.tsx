import { phraseText } from '../../../modules/workflow/index.ts';
import { mobileWorkflowMessages as m } from './messages.ts';
import { usePhrases } from './queries.ts';

/** 常用意见 as chips; a tap puts the phrase into the comment. */
export function PhraseChips({ onPick }: { onPick: (text: string) => void }) {
  const phrases = usePhrases();
  const texts = phrases.data?.items.map(phraseText) ?? (phrases.isError ? m.fallbackPhrases : []);
  if (texts.length === 0) return null;
  return (
    <div className="yw-mw-phrases" data-testid="mobile-phrases">
      <span className="yw-mw-phrases-label">{m.phrases}</span>
      <div className="yw-mw-phrases-row">
        {texts.map((text) => (
          <button key={text} type="button" className="yw-mw-phrase" onClick={() => onPick(text)}>
            {text}
          </button>
        ))}
      </div>
    </div>
  );
}
