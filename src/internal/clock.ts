/**
 * One timer for every widget showing a relative date ("5 minutes ago"), so
 * a page with fifty cards wakes up once a minute, not fifty times. It runs
 * only while some widget needs it and the page is visible.
 */
type Tick = () => void;

const subscribers = new Set<Tick>();
let timer: ReturnType<typeof setInterval> | undefined;
let period = 60_000;

function sync(): void {
  const wanted = subscribers.size > 0 && document.visibilityState !== 'hidden';
  if (wanted && timer === undefined) {
    timer = setInterval(() => subscribers.forEach((tick) => tick()), period);
  } else if (!wanted && timer !== undefined) {
    clearInterval(timer);
    timer = undefined;
  }
}

function onVisibility(): void {
  // Coming back after a while: bring every date up to date at once.
  if (document.visibilityState === 'visible') subscribers.forEach((tick) => tick());
  sync();
}

export function followClock(tick: Tick): () => void {
  if (subscribers.size === 0) document.addEventListener('visibilitychange', onVisibility);
  subscribers.add(tick);
  sync();
  return () => {
    subscribers.delete(tick);
    if (subscribers.size === 0) document.removeEventListener('visibilitychange', onVisibility);
    sync();
  };
}

/** For tests: whether the shared timer runs, and a shorter period. */
export const clockState = {
  get running(): boolean {
    return timer !== undefined;
  },
  get subscribers(): number {
    return subscribers.size;
  },
  setPeriod(ms: number): void {
    period = ms;
    if (timer !== undefined) {
      clearInterval(timer);
      timer = undefined;
      sync();
    }
  },
};
