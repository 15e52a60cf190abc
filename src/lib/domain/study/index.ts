/**
 * Study logic, framework-free: grading responses, FSRS scheduling, the session state machine and
 * progress figures. Time and randomness are always arguments.
 */
export * from './grading';
export * from './scheduling';
export * from './session';
export * from './progress';
