// Shows the last consent receipts the demo server logged (GET /api/consent-receipts). Values come from the
// log, so they are written as text, never as HTML.
const body = document.getElementById('receipts');

function row(cells) {
  const tr = document.createElement('tr');
  // A message alone spans the table.
  for (const value of cells) tr.append(Object.assign(document.createElement('td'), { textContent: value, colSpan: 9 - cells.length }));
  return tr;
}

async function show() {
  try {
    const receipts = await (await fetch('/api/consent-receipts', { cache: 'no-store' })).json();
    body.replaceChildren(
      ...(receipts.length
        ? receipts.map((r) => row([
          new Date(r.received).toLocaleString(), r.id, r.action, (r.granted ?? []).join(', '), (r.denied ?? []).join(', '),
          r.rev, r.lang, r.url,
        ]))
        : [row(['No receipt yet: make a choice in the banner.'])]),
    );
  } catch {
    body.replaceChildren(row(['The receipts log could not be read (is the demo server running?).']));
  }
}

show();
// A receipt leaves with sendBeacon while the page goes on: look again shortly after each choice.
document.addEventListener('consent-change', () => setTimeout(show, 400));
