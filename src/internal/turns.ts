/**
 * Widgets take turns to update, so that one task of the page runs only a
 * few milliseconds of them. When a feed arrives, every widget it feeds would
 * otherwise render in the same task (Lit updates in microtasks), and the
 * host page could not answer a tap or a keypress until the last had
 * finished. Once a task has spent `BUDGET_MS` on widget updates, the next
 * widget waits for a task of its own, in the order they asked.
 *
 * Which updates take turns is NewsElement's choice (not a first render that
 * can run in the task that added its widget, nor the cards of a list); see
 * its `scheduleUpdate`.
 *
 * The browser's `scheduler.yield()` would resume each waiting update ahead
 * of other work, but it is not in every browser yet; a `MessageChannel`
 * message is a task everywhere, without the 4 ms clamp of nested timers.
 */

/** Milliseconds of widget updates one task may run before the next widget waits. */
const BUDGET_MS = 8;

const waiting: Array<() => void> = [];
/** When the current slice of updates began, in this task; `undefined` once that task is over. */
let sliceStart: number | undefined;
let pumpPosted = false;
let channel: MessageChannel | undefined;
const jobs: Array<() => void> = [];

/** Runs `job` in a task of its own, after the tasks posted before it. */
function post(job: () => void): void {
  if (!channel) {
    channel = new MessageChannel();
    channel.port1.onmessage = () => jobs.shift()?.();
  }
  jobs.push(job);
  channel.port2.postMessage(undefined);
}

function startSlice(): void {
  sliceStart = performance.now();
  // The slice ends with the task: the next one starts its own.
  post(() => (sliceStart = undefined));
}

const withinBudget = () => sliceStart !== undefined && performance.now() - sliceStart < BUDGET_MS;

function pump(): void {
  pumpPosted = false;
  startSlice();
  waiting.shift()?.();
}

function postPump(): void {
  if (pumpPosted || !waiting.length) return;
  pumpPosted = true;
  post(pump);
}

/**
 * Asks for a turn to update: `undefined` when the update may run now, else a
 * promise that resolves in a later task, when it may. Every caller calls
 * `turnDone()` after its update.
 */
export function awaitTurn(): Promise<void> | undefined {
  if (!waiting.length) {
    if (sliceStart === undefined) startSlice();
    if (withinBudget()) return undefined;
  }
  return new Promise((resolve) => {
    waiting.push(resolve);
    postPump();
  });
}

/** An update that took its turn is over: the next waiting one runs in this task if the budget allows. */
export function turnDone(): void {
  if (waiting.length && withinBudget()) waiting.shift()!();
  else postPump();
}
