/**
 * Greedy one-to-one pairing in stages: each stage scores the (gold, predicted)
 * pairs it accepts (null = not compatible); pairs still free are taken best
 * score first, ties in document order (earlier gold, then earlier prediction).
 * A later stage only sees what the earlier ones left: "identical spans first",
 * "exact names first".
 */
export type Pairing = [gold: number, predicted: number][];

export type Stage = (gold: number, predicted: number) => number | null;

export function matchItems(goldCount: number, predictedCount: number, stages: Stage[]): Pairing {
  const goldUsed = new Array<boolean>(goldCount).fill(false);
  const predUsed = new Array<boolean>(predictedCount).fill(false);
  const pairing: Pairing = [];
  for (const stage of stages) {
    const candidates: [number, number, number][] = [];
    for (let i = 0; i < goldCount; i++) {
      if (goldUsed[i]) continue;
      for (let j = 0; j < predictedCount; j++) {
        if (predUsed[j]) continue;
        const score = stage(i, j);
        if (score !== null) candidates.push([i, j, score]);
      }
    }
    candidates.sort((a, b) => b[2] - a[2] || a[0] - b[0] || a[1] - b[1]);
    for (const [i, j] of candidates) {
      if (goldUsed[i] || predUsed[j]) continue;
      goldUsed[i] = true;
      predUsed[j] = true;
      pairing.push([i, j]);
    }
  }
  return pairing.sort((a, b) => a[0] - b[0]);
}
