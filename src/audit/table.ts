/** The report as text for a terminal: per pass and page, cookies, storage and requests, then the verdict. */
import type { AuditReport, Label } from './report.js';
import { describeLifetime } from './verdict.js';

const passTitles = { 'before-choice': 'Before any choice', 'after-reject': 'After Reject all', 'after-accept': 'After Accept all' } as const;

const labelText = (label: Label) => `${label.service} · ${label.category ?? 'review'}`;

/** Rows as aligned columns. */
function columns(rows: string[][], indent: string): string[] {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  return rows.map((row) => indent + row.map((cell, column) => cell.padEnd(widths[column])).join('  ').trimEnd());
}

/** The whole report as lines of text. */
export function reportTable(report: AuditReport): string {
  const lines: string[] = [];
  for (const pass of report.passes) {
    lines.push('', `${passTitles[pass.name]}${pass.clicked ? ` (clicked ${pass.clicked})` : ''}`);
    if (pass.clickError) lines.push(`  ! ${pass.clickError}`);
    for (const page of pass.pages) {
      const banner = [page.banner.ours ? '<cookie-consent>' : '', ...page.banner.others].filter(Boolean).join(', ') || 'none found';
      lines.push(`  ${page.url}  ${page.error ? `(error: ${page.error})` : `(HTTP ${page.status ?? '?'}, banner: ${banner})`}`);
      const rows: string[][] = [];
      for (const cookie of page.cookies) {
        rows.push(['cookie', cookie.name, `${cookie.party} party ${cookie.domain}`, describeLifetime(cookie.lifetime), labelText(cookie.label)]);
      }
      for (const entry of page.storage) rows.push([entry.area, entry.key, entry.origin, '', labelText(entry.label)]);
      for (const request of page.requests) rows.push(['request', request.host, request.kind, `×${request.count}`, labelText(request.label)]);
      if (rows.length) lines.push(...columns(rows, '    '));
      else lines.push('    nothing new stored, no request to another host');
    }
  }
  const fails = report.findings.filter((finding) => finding.severity === 'fail');
  const reviews = report.findings.filter((finding) => finding.severity === 'review');
  lines.push('');
  if (reviews.length) {
    lines.push(`To review (${reviews.length}):`);
    for (const finding of reviews) lines.push(`  ? ${finding.detail}  [${finding.page}]`);
  }
  if (fails.length) {
    lines.push(`FAIL: ${fails.length} item${fails.length === 1 ? '' : 's'} before consent or after Reject all:`);
    for (const finding of fails) lines.push(`  ✗ ${finding.detail}  [${finding.page}]`);
  } else {
    lines.push('PASS: before any choice and after Reject all, only what is necessary.');
  }
  return `${lines.join('\n')}\n`;
}
