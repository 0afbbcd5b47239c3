import type { FieldDefinition } from '@yuanwu/form-engine';
import { perform, type ActionContext } from './actions.ts';
import { definitionToSystem, fieldsOf } from './definition.ts';
import { checkExpect, type Observer } from './expect.ts';
import { Failure, observe } from './observer.ts';
import { IdMap } from './ids.ts';
import type { ActionStep, Scenario, Step } from './scenario.ts';
import { outcomeOf, Session, type Answer } from './session.ts';

const password = 'Conformance#2026';
const base = '/api/v1/workflow';

interface Instance {
  id: string;
  initiator: string;
  fields: FieldDefinition[];
}

/** A scenario's verdict: passed, or the first thing that differed. */
export interface ScenarioResult {
  name: string;
  passed: boolean;
  failure?: string;
}

const show = (answer: Answer) => `${outcomeOf(answer)} ${JSON.stringify(answer.body)}`;

/** Plays one scenario against a running server in test mode (a fresh database). */
export async function playScenario(scenario: Scenario, baseUrl: string): Promise<ScenarioResult> {
  const player = new Player(scenario, baseUrl);
  try {
    await player.setUp();
  } catch (error) {
    return { name: scenario.name, passed: false, failure: `setup: ${(error as Error).message}` };
  }
  for (const [index, step] of scenario.steps.entries()) {
    try {
      await player.play(step);
    } catch (error) {
      const message =
        error instanceof Failure ? error.message : `runner: ${(error as Error).message}`;
      return { name: scenario.name, passed: false, failure: `step ${index + 1}: ${message}` };
    }
  }
  return { name: scenario.name, passed: true };
}

class Player {
  private ids = new IdMap({ people: {}, departments: {}, roles: {} });
  private sessions = new Map<string, Session>();
  private usernames: Record<string, string> = {};
  private instances = new Map<string, Instance>();
  private latest: Instance | null = null;
  private currentFields: FieldDefinition[];
  private readonly processKey: string;

  constructor(
    private readonly scenario: Scenario,
    private readonly baseUrl: string,
  ) {
    this.currentFields = fieldsOf(scenario.process);
    this.processKey = String(scenario.process.key);
  }

  async setUp(): Promise<void> {
    const response = await fetch(new URL('/api/v1/test/organisation', this.baseUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...this.scenario.org, password }),
    });
    const body = (await response.json()) as Record<string, Record<string, string>>;
    if (response.status !== 201) throw new Error(`organisation: ${JSON.stringify(body)}`);
    this.ids = new IdMap({
      people: body.people ?? {},
      departments: body.departments ?? {},
      roles: body.roles ?? {},
    });
    this.usernames = body.usernames ?? {};
    const deployed = await this.deploy(this.session('admin'), this.scenario.process);
    if (outcomeOf(deployed) !== 'ok') throw new Error(`deploy: ${show(deployed)}`);
  }

  private session(person: string): Session {
    let session = this.sessions.get(person);
    if (!session) {
      session = new Session(this.baseUrl, this.usernames[person] ?? person, password);
      this.sessions.set(person, session);
    }
    return session;
  }

  private async deploy(session: Session, definition: unknown): Promise<Answer> {
    const answer = await session.post(
      `${base}/processes`,
      definitionToSystem(definition, this.ids),
    );
    if (outcomeOf(answer) === 'ok') this.currentFields = fieldsOf(definition);
    return answer;
  }

  private instanceFor(step: { instance?: string | undefined }): Instance | null {
    if (step.instance === undefined) return this.latest;
    const found = this.instances.get(step.instance);
    if (!found) throw new Failure(`unknown instance ${JSON.stringify(step.instance)}`);
    return found;
  }

  /** Runs one action and returns its outcome (`ok` or the error code). */
  private async act(step: ActionStep): Promise<{ outcome: string; answer: Answer }> {
    const context: ActionContext = {
      ids: this.ids,
      processKey: this.processKey,
      currentFields: this.currentFields,
      instance: step.do === 'start' ? null : this.instanceFor(step),
      deploy: (session, definition) => this.deploy(session, definition),
    };
    const fields = this.currentFields;
    const answer = await perform(step, this.session(step.as), context);
    const outcome = outcomeOf(answer);
    if (step.do === 'start' && outcome === 'ok') {
      const id = (answer.body as { instance: { id: string } }).instance.id;
      const instance = { id, initiator: step.as, fields };
      if (step.ref !== undefined) this.instances.set(step.ref, instance);
      this.latest = instance;
    }
    return { outcome, answer };
  }

  async play(step: Step): Promise<void> {
    if (step.advance !== undefined) {
      const answer = await this.session('admin').post('/api/v1/test/clock/advance', {
        duration: step.advance,
      });
      if (outcomeOf(answer) !== 'ok') throw new Failure(`advance: ${show(answer)}`);
    } else if (step.concurrently !== undefined) {
      const results = await Promise.all(step.concurrently.map((action) => this.act(action)));
      const wanted = (step.expect?.outcomes as string[] | undefined) ?? null;
      const got = results.map((r) => r.outcome).sort();
      if (wanted && JSON.stringify([...wanted].sort()) !== JSON.stringify(got)) {
        throw new Failure(
          `outcomes: expected ${JSON.stringify(wanted)}, got ${JSON.stringify(got)}`,
        );
      }
    } else if (step.do !== undefined && step.as !== undefined) {
      await this.playAction(step as ActionStep);
    }
    if (step.expect) {
      const { outcomes: _outcomes, ...expect } = step.expect;
      const problem = await checkExpect(expect, this.observer(this.instanceFor(step)));
      if (problem) throw new Failure(problem);
    }
  }

  private async playAction(step: ActionStep): Promise<void> {
    const before = step.error === undefined ? null : await this.snapshot();
    const { outcome, answer } = await this.act(step);
    if (step.error === undefined) {
      if (outcome !== 'ok')
        throw new Failure(`${step.do} by ${step.as}: expected ok, got ${show(answer)}`);
      return;
    }
    if (outcome !== step.error) {
      throw new Failure(`${step.do} by ${step.as}: expected ${step.error}, got ${show(answer)}`);
    }
    const after = await this.snapshot();
    if (before !== after)
      throw new Failure(`${step.do} failed with ${outcome} but changed the instance`);
  }

  /** Every known instance as its initiator sees it, to prove a failed step changed nothing. */
  private async snapshot(): Promise<string> {
    const views: unknown[] = [];
    for (const instance of new Set([
      ...this.instances.values(),
      ...(this.latest ? [this.latest] : []),
    ])) {
      views.push(
        (await this.session(instance.initiator).get(`${base}/instances/${instance.id}`)).body,
      );
    }
    return JSON.stringify(views);
  }

  private observer(instance: Instance | null): Observer {
    return observe(instance, (person) => this.session(person), this.ids);
  }
}
