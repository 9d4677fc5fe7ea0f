/**
 * For a column whose equal neighbouring values are merged into one cell (阶段 over its steps,
 * 步骤 over its papers): the rowSpan of each row's cell, 0 where the cell above covers it.
 */
export function rowSpans(values: readonly string[]): number[] {
  const spans = values.map(() => 0);
  let start = 0;
  for (let i = 1; i <= values.length; i++) {
    if (i === values.length || values[i] !== values[start]) {
      spans[start] = i - start;
      start = i;
    }
  }
  return spans;
}
