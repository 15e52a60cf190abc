/**
 * Whether the page runs as an app added to the home screen. On iPhone and iPad such an app keeps storage of its own,
 * apart from the browser tab it was added from, so a learner who studied in the tab starts it empty (Safari says it
 * runs so with `navigator.standalone`, other browsers with the display-mode media query).
 */
export function runsInstalled(): boolean {
  const ios = (navigator as Navigator & { standalone?: boolean }).standalone === true;
  return ios || matchMedia('(display-mode: standalone)').matches;
}
