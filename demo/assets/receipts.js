// Shows the last consent receipts the demo server logged (GET /api/consent-receipts). Values come from the
// log, so they are written as text, never as HTML.
const body = document.getElementById('receipts');

// The column headers, as labels of the cells on phones (site.css shows them there).
const labels = [...document.querySelectorAll('table.receipts thead th')].map((th) => th.textContent);

function row(cells) {
  const tr = document.createElement('tr');
  // A message alone spans the table.
  cells.forEach((value, index) => {
    const td = Object.assign(document.createElement('td'), { textContent: value, colSpan: 9 - cells.length });
    if (cells.length > 1) td.dataset.label = labels[index];
    tr.append(td);
  });
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
