/** One line of the doctor's report. */
export interface DoctorFinding {
  readonly ok: boolean;
  readonly subject: string;
  readonly detail: string;
  /** What to do about it, in plain words; only for problems. */
  readonly fix?: string;
}
