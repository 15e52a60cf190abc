/**
 * Study logic, framework-free: grading responses, FSRS scheduling, the session state machine and
 * progress figures. Time and randomness are always arguments.
 */
// side doors: card.ts grading.ts session.ts scheduling.ts progress.ts plan.ts forecast.ts session-report.ts skill-guides.ts tallies.ts — the app loads some of them on demand and scheduling only where answers are recorded, so its
// pages import each module, not this door (which would load all of them with every page).
export * from './grading';
export * from './scheduling';
export * from './session';
export * from './progress';
export * from './plan';
export * from './forecast';
export * from './session-report';
export * from './skill-guides';
export * from './tallies';
