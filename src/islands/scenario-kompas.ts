/**
 * <scenario-kompas>: the scenario quiz, one question at a time.
 *
 * Enhances the markup of `ScenarioKompas.astro`, which already holds every text: this element
 * reads the quiz model from it (weights in `data-w`, reasons in `data-reason`), then only shows,
 * hides, orders and fills elements. Scoring, explanations and the URL format live in the pure
 * engine (`src/lib/quiz/`). The URL is the state: every step is a history entry, and the
 * result's URL reproduces the result.
 */
import {
  UNKNOWN,
  explainAgainst,
  explainFor,
  firstOpen,
  joinDutch,
  nextView,
  scoreQuiz,
  strongestReasons,
  viewFor,
  withAnswer,
  type Answers,
  type Quiz,
  type View,
} from '../lib/quiz/engine.ts';
import { readSearch, searchFor } from '../lib/quiz/url.ts';

const all = <T extends Element = HTMLElement>(root: ParentNode, selector: string): T[] => [
  ...root.querySelectorAll<T>(selector),
];
const one = <T extends Element = HTMLElement>(root: ParentNode, selector: string): T =>
  root.querySelector<T>(selector)!;

class ScenarioKompas extends HTMLElement {
  private quiz!: Quiz;
  private answers: Answers = new Map();
  private view: View = { kind: 'question', index: 0 };
  private fieldsets: HTMLFieldSetElement[] = [];
  private onPop = () => this.load(true);
  /** The handout says when it was printed, also when the page has been open since yesterday. */
  private onPrint = () => {
    one(this, '[data-print-date]').textContent = new Date().toLocaleDateString('nl-NL', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    });
  };

  connectedCallback(): void {
    this.fieldsets = all<HTMLFieldSetElement>(this, 'fieldset[data-key]');
    this.quiz = {
      scenarios: all(this, '[data-scenario]').map((item) => ({ id: item.dataset['scenario']! })),
      questions: this.fieldsets.map((fieldset) => ({
        key: fieldset.dataset['key']!,
        allowUnknown: !!fieldset.querySelector(`input[value="${UNKNOWN}"]`),
        options: all<HTMLInputElement>(fieldset, 'input[data-w]').map((input) => ({
          key: input.value,
          reason: input.dataset['reason']!,
          weights: input.dataset['w']!.split(' ').map(Number),
        })),
      })),
    };
    one(this, '[data-form]').addEventListener('submit', (event) => {
      event.preventDefault();
      this.next();
    });
    this.addEventListener('click', (event) => this.onClick(event));
    this.addEventListener('change', () => this.error(false));
    addEventListener('popstate', this.onPop);
    addEventListener('beforeprint', this.onPrint);
    one(this, '[data-nojs]').hidden = true;
    one(this, '[data-app]').hidden = false;
    this.load(false);
  }

  disconnectedCallback(): void {
    removeEventListener('popstate', this.onPop);
    removeEventListener('beforeprint', this.onPrint);
  }

  /** Takes the state from the URL (first load, back and forward). */
  private load(focus: boolean): void {
    const { answers, view, ignored } = readSearch(this.quiz, location.search);
    this.answers = answers;
    this.view = viewFor(this.quiz, answers, view);
    one(this, '[data-notice]').hidden = focus || ignored.length === 0;
    this.render(focus);
  }

  /**
   * Moves to `view` as a new history entry. The entry left behind is first updated with the
   * answers given so far, so "back" returns to the question with its answer still chosen.
   */
  private go(view: View, answers: Answers = this.answers): void {
    const url = (target: View) => location.pathname + searchFor(this.quiz, this.answers, target);
    history.replaceState(null, '', url(this.view));
    this.answers = answers;
    this.view = view;
    history.pushState(null, '', url(view));
    one(this, '[data-notice]').hidden = true;
    this.render(true);
  }

  private current(): HTMLFieldSetElement | undefined {
    return this.view.kind === 'question' ? this.fieldsets[this.view.index] : undefined;
  }

  /** Stores the checked answer of the question on screen, if any; returns whether there was one. */
  private save(): boolean {
    const fieldset = this.current();
    const checked = fieldset?.querySelector<HTMLInputElement>('input:checked');
    if (fieldset && checked)
      this.answers = withAnswer(this.answers, fieldset.dataset['key']!, checked.value);
    return !!checked;
  }

  private error(show: boolean): void {
    const error = this.current()?.querySelector<HTMLElement>('[data-error]');
    if (error) error.hidden = !show;
  }

  /** Saves the answer on screen, or asks for one (message, focus on the first option). */
  private answered(): boolean {
    if (this.save()) return true;
    this.error(true);
    this.current()?.querySelector<HTMLInputElement>('input')?.focus();
    return false;
  }

  private next(): void {
    if (this.view.kind === 'question' && this.answered())
      this.go(nextView(this.quiz, this.answers, this.view.index));
  }

  private onClick(event: Event): void {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[type="button"]');
    if (!button) return;
    const data = button.dataset;
    if ('prev' in data && this.view.kind === 'question') {
      this.save();
      this.go({ kind: 'question', index: Math.max(0, this.view.index - 1) });
    } else if ('finish' in data) {
      if (this.answered()) this.go(viewFor(this.quiz, this.answers));
    } else if (data['edit']) {
      this.go({
        kind: 'question',
        index: this.quiz.questions.findIndex((q) => q.key === data['edit']),
      });
    } else if ('restart' in data) {
      this.go({ kind: 'question', index: 0 }, new Map());
    } else if ('print' in data) {
      print();
    } else if ('copy' in data) {
      const status = one(this, '[data-copied]');
      const share = one<HTMLAnchorElement>(this, '[data-share]');
      // Emptied first, so that a second copy is announced again.
      status.textContent = '';
      const done = (text: string) => requestAnimationFrame(() => (status.textContent = text));
      navigator.clipboard.writeText(share.href).then(
        () => done('De link is gekopieerd. Plak hem in een mail of chat.'),
        () => {
          getSelection()?.selectAllChildren(share);
          done(
            'Kopiëren lukte niet. De link is geselecteerd: kopieer hem met Ctrl+C (Cmd+C op een Mac).',
          );
        },
      );
    }
  }

  private render(focus: boolean): void {
    const { view, quiz } = this;
    const result = view.kind === 'result';
    one(this, '[data-form]').hidden = result;
    one(this, '[data-result]').hidden = !result;
    one(this, '[data-live]').textContent = '';
    one(this, '[data-copied]').textContent = '';
    let heading: HTMLElement;
    if (view.kind === 'question') {
      const fieldset = this.fieldsets[view.index]!;
      const question = quiz.questions[view.index]!;
      this.fieldsets.forEach((other) => {
        other.hidden = other !== fieldset;
        const value = this.answers.get(other.dataset['key']!);
        all<HTMLInputElement>(other, 'input').forEach(
          (input) => (input.checked = input.value === value),
        );
      });
      this.error(false);
      one(this, '[data-prev]').hidden = view.index === 0;
      // Once every other question has an answer, the result is one step away: from the last
      // question "Volgende" leads there, from any other a separate button does.
      const complete =
        firstOpen(quiz, withAnswer(this.answers, question.key, question.options[0]!.key)) < 0;
      const last = view.index === quiz.questions.length - 1;
      one(this, '[data-next]').textContent =
        complete && last ? 'Bekijk de uitkomst' : 'Volgende vraag';
      one(this, '[data-finish]').hidden = !complete || last;
      heading = one(fieldset, '[data-heading]');
    } else {
      this.result();
      heading = one(this, '[data-result] [data-heading]');
    }
    if (focus) heading.focus();
  }

  private result(): void {
    const { quiz, answers } = this;
    const outcome = scoreQuiz(quiz, answers);
    const top = outcome.ranking[0]!;
    const list = one(this, '[data-ranking]');
    const title = (id: string) =>
      one(this, `[data-scenario="${id}"] [data-title]`).textContent!.trim();
    for (const entry of outcome.ranking) {
      const item = one(list, `[data-scenario="${entry.id}"]`);
      list.append(item);
      one(item, '[data-percent]').textContent = String(entry.percent);
      // CSSOM, not a style attribute: allowed by the CSP.
      one(item, '[data-fill]').style.width = `${entry.percent}%`;
      one(item, '[data-best]').hidden = entry.rank !== 1;
    }

    const tie = one(this, '[data-tie]');
    tie.hidden = outcome.tiedTop.length === 0;
    tie.textContent =
      outcome.answered === 0
        ? 'U koos bij elke vraag “Weet ik niet”. Daarom kan het kompas geen voorkeur geven: alle scenario’s staan op 50.'
        : `${joinDutch(outcome.tiedTop.map((entry) => title(entry.id)))} passen even goed bij uw antwoorden.`;

    // The two best places, each with its reasons and its detail block (moved in from the store).
    const store = one(this, '[data-details]');
    all(this, '[data-detail]').forEach((detail) => store.append(detail));
    all(this, '[data-pick]').forEach((pick, place) => {
      const entry = outcome.ranking[place];
      pick.hidden = !entry;
      if (!entry) return;
      one(pick, '[data-pick-name]').textContent = title(entry.id);
      one(pick, '[data-why]').textContent =
        explainFor(strongestReasons(quiz, answers, entry.index)) ??
        `Geen van uw antwoorden pleit echt voor dit scenario. Het staat ${place ? 'hoog' : 'bovenaan'} omdat andere scenario’s minder goed passen.`;
      const against = one(pick, '[data-against]');
      against.textContent = explainAgainst(strongestReasons(quiz, answers, entry.index, -1)) ?? '';
      against.hidden = !against.textContent;
      one(pick, '[data-pick-detail]').append(one(store, `[data-detail="${entry.id}"]`));
    });
    const reasons = strongestReasons(quiz, answers, top.index);
    this.onPrint();

    const chosen = new Set(quiz.questions.map((q) => `${q.key}${answers.get(q.key)}`));
    this.showSome('[data-caveats]', '[data-answer]', (item) => chosen.has(item.dataset['answer']!));
    const keys = new Set(reasons.map((reason) => reason.questionKey));
    this.showSome(
      '[data-links]',
      '[data-q]',
      (item) =>
        item.dataset['s'] !== top.id && item.dataset['q']!.split(' ').some((key) => keys.has(key)),
    );

    for (const item of all(this, '[data-summary]')) {
      const key = item.dataset['summary']!;
      const label = this.querySelector(`label[for="antwoord-${key}${answers.get(key)}"]`);
      one(item, '[data-chosen]').textContent = label?.textContent?.trim() ?? '';
    }
    const share = one<HTMLAnchorElement>(this, '[data-share]');
    share.href = location.pathname + searchFor(quiz, answers, { kind: 'result' });
    share.textContent = share.href;

    const second = outcome.ranking[1];
    one(this, '[data-live]').textContent =
      `Uitkomst: ${title(top.id)} past het best, met ${top.percent} van 100.` +
      (second ? ` Daarna ${title(second.id)}, met ${second.percent}.` : '');
  }

  /** Shows the items of a list that match, and the list's container only when one does. */
  private showSome(container: string, items: string, show: (item: HTMLElement) => boolean): void {
    const box = one(this, container);
    let any = false;
    for (const item of all(box, items)) any = !(item.hidden = !show(item)) || any;
    box.hidden = !any;
  }
}

if (!customElements.get('scenario-kompas'))
  customElements.define('scenario-kompas', ScenarioKompas);
