/** The two weights neonarch ships: 400 for body text, 600 for titles and node names. */
export type FontWeight = 400 | 600;

export interface FontStyle {
  size: number;
  weight: FontWeight;
}
