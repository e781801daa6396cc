import { useEffect, useState } from "react";

/**
 * Seconds left before a new code may be asked for, counted down in the page from the server's
 * figure. The server checks again on submit; this only spares a pointless round trip.
 */
export function useSecondsLeft(initialSeconds: number): number {
  const [secondsLeft, setSecondsLeft] = useState(Math.max(0, Math.ceil(initialSeconds)));
  useEffect(() => {
    if (secondsLeft <= 0) return;
    const timer = window.setTimeout(() => setSecondsLeft((seconds) => seconds - 1), 1000);
    return () => window.clearTimeout(timer);
  }, [secondsLeft]);
  return secondsLeft;
}
