import { expect } from '@open-wc/testing';
import { allOffered, conditionMet, cookieDomains, cookieMatches, isSafeUrl, parseCondition } from '../../src/gate/rules.js';

const choice = { granted: ['analytics'], denied: ['content', 'marketing'] };
const met = (expression: string, record: typeof choice | null = choice) => conditionMet(parseCondition(expression), record);

describe('data-category expressions', () => {
  it('parse names, negations and lists', () => {
    expect(parseCondition(' analytics  !marketing,content ')).to.deep.equal(['analytics', '!marketing', 'content']);
  });

  it('hold when every term holds', () => {
    expect(met('analytics')).to.equal(true);
    expect(met('content')).to.equal(false);
    expect(met('analytics content')).to.equal(false);
    expect(met('!content')).to.equal(true);
    expect(met('!analytics')).to.equal(false);
    expect(met('analytics !marketing')).to.equal(true);
    expect(met('necessary')).to.equal(true);
    expect(met('!necessary')).to.equal(false);
  });

  it('hold before any choice only for necessary: a negation needs an actual refusal', () => {
    expect(met('analytics', null)).to.equal(false);
    expect(met('!analytics', null)).to.equal(false);
    expect(met('necessary', null)).to.equal(true);
  });

  it('name only offered categories or necessary; an empty expression names none', () => {
    const offered = ['analytics', 'content'];
    const named = (expression: string) => allOffered(parseCondition(expression), offered);
    expect(named('analytics !content necessary')).to.equal(true);
    expect(named('!necessary')).to.equal(true);
    expect(named('analytics !ads')).to.equal(false);
    expect(named('ads')).to.equal(false);
    expect(named('!')).to.equal(false);
    expect(named('  ')).to.equal(false);
  });
});

describe('URLs that may load', () => {
  const base = 'https://shop.example/page';
  it('are http(s), absolute or relative', () => {
    for (const url of ['https://www.youtube-nocookie.com/embed/x', 'http://a.example/', '/local.js', 'track.js', '//cdn.example/a.js']) {
      expect(isSafeUrl(url, base), url).to.equal(true);
    }
  });
  it('never javascript:, data:, or garbage', () => {
    for (const url of ['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'data:text/html,<script>1</script>', 'vbscript:x', 'http://[bad']) {
      expect(isSafeUrl(url, base), url).to.equal(false);
    }
  });
});

describe('declared cookies', () => {
  it('match by name or by a trailing * pattern', () => {
    expect(cookieMatches('_pk_id.*', '_pk_id.1.a1b2')).to.equal(true);
    expect(cookieMatches('_pk_id.*', '_pk_ses.1.a1b2')).to.equal(false);
    expect(cookieMatches('_ga', '_ga')).to.equal(true);
    expect(cookieMatches('_ga', '_ga_X1')).to.equal(false);
    expect(cookieMatches('*', 'anything')).to.equal(true);
  });

  it('are deleted on the host and each parent domain', () => {
    expect(cookieDomains('a.b.example.co.uk')).to.deep.equal(['a.b.example.co.uk', 'b.example.co.uk', 'example.co.uk', 'co.uk']);
    expect(cookieDomains('www.example.com')).to.deep.equal(['www.example.com', 'example.com']);
    expect(cookieDomains('example.com')).to.deep.equal(['example.com']);
  });

  it('are host-only on an IP address or a single-label host', () => {
    expect(cookieDomains('127.0.0.1')).to.deep.equal([]);
    expect(cookieDomains('[::1]')).to.deep.equal([]);
    expect(cookieDomains('localhost')).to.deep.equal([]);
  });
});
