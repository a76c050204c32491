// Tells the page's bootstrap (src/bootstrap/legacy-guard.js) that this bundle parsed and its
// modules ran; without it the bootstrap shows its message instead of a blank page.
export function markStarted(): void {
  (window as unknown as Record<string, unknown>).resolutionTargetsStarted = true;
}
