// Builds the Excel (.xlsx) download of a check's findings (browser; Node under Vitest): the findings laid out
// as in the CSV, and the per-child view. The page imports this module only when the Excel button is pressed,
// so the writer's code is a chunk of its own, fetched then and never with the page.
import { createExcelFile, Workbook } from 'excel-builder-vanilla';
import type { ShownFinding } from './finding-groups.ts';
import { type Cell, childHeader, childRows, csvHeader, findingRows, formulaSafe } from './findings-export.ts';

export const sheetNames = { findings: 'Findings', children: 'By child' } as const;

export const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Text is written as text cells, never formulas, behind the same guard as the CSV; counts stay numbers. */
function sheetCells(rows: Cell[][]): (string | number)[][] {
  return rows.map((row) => row.map((cell) => (typeof cell === 'number' ? cell : formulaSafe(cell ?? ''))));
}

export async function findingsToXlsx(
  findings: ShownFinding[],
  options: { showIdentifiers: boolean },
): Promise<Blob> {
  const workbook = new Workbook();
  const sheets: [string, Cell[][]][] = [
    [sheetNames.findings, [csvHeader, ...findingRows(findings, options)]],
    [sheetNames.children, [childHeader, ...childRows(findings)]],
  ];
  for (const [name, rows] of sheets) {
    const sheet = workbook.createWorksheet({ name });
    sheet.setData(sheetCells(rows));
    workbook.addWorksheet(sheet);
  }
  return createExcelFile(workbook, 'Blob', { mimeType: xlsxType });
}
