import { expect } from '@open-wc/testing';
import { largestSrcsetCandidate, sanitizeSrcset, sanitizeUrl } from '../src/internal/urls.js';

describe('sanitizeUrl', () => {
  const kept: Array<[string, 'link' | 'image' | 'resource', string]> = [
    ['https://example.com/story', 'link', 'https://example.com/story'],
    ['http://example.com/a?b=1#c', 'link', 'http://example.com/a?b=1#c'],
    ['HTTPS://EXAMPLE.COM/', 'link', 'HTTPS://EXAMPLE.COM/'],
    ['mailto:desk@example.com', 'link', 'mailto:desk@example.com'],
    ['/news/2018/georgia', 'link', '/news/2018/georgia'],
    ['story.html', 'link', 'story.html'],
    ['../up', 'link', '../up'],
    ['?page=2', 'link', '?page=2'],
    ['#comments', 'link', '#comments'],
    ['//cdn.example.com/x', 'link', '//cdn.example.com/x'],
    ['  https://example.com/  ', 'link', 'https://example.com/'],
    ['https://example.com/photo.jpg', 'image', 'https://example.com/photo.jpg'],
    ['img/photo.webp', 'image', 'img/photo.webp'],
    ['data:image/png;base64,iVBORw0KGgo=', 'image', 'data:image/png;base64,iVBORw0KGgo='],
    ['DATA:IMAGE/JPEG;base64,/9j/', 'image', 'DATA:IMAGE/JPEG;base64,/9j/'],
    ['https://example.com/feed.json', 'resource', 'https://example.com/feed.json'],
    ['/feeds/world.xml', 'resource', '/feeds/world.xml'],
  ];
  for (const [input, kind, expected] of kept) {
    it(`keeps ${JSON.stringify(input)} as a ${kind}`, () => {
      expect(sanitizeUrl(input, kind)).to.equal(expected);
    });
  }

  const dropped: Array<[string, 'link' | 'image' | 'resource']> = [
    ['javascript:alert(1)', 'link'],
    ['JaVaScRiPt:alert(1)', 'link'],
    [' javascript:alert(1)', 'link'],
    ['\u0000javascript:alert(1)', 'link'],
    ['\u0001\u001f javascript:alert(1)', 'link'],
    ['java\tscript:alert(1)', 'link'],
    ['java\nscript:alert(1)', 'link'],
    ['java\r\nscript:alert(1)', 'link'],
    ['javascript\t:alert(1)', 'link'],
    ['jav&#x09;ascript:alert(1)'.replace('&#x09;', '\t'), 'link'],
    ['javascript:alert(1)\u0020', 'link'],
    ['vbscript:msgbox(1)', 'link'],
    ['VBScript:msgbox(1)', 'link'],
    ['data:text/html,<script>alert(1)</script>', 'link'],
    ['data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==', 'link'],
    ['data:image/png;base64,iVBORw0KGgo=', 'link'],
    ['data:image/svg+xml,<svg onload=alert(1)>', 'image'],
    ['data:image/svg+xml;base64,PHN2Zz4=', 'image'],
    ['data:text/html,hi', 'image'],
    ['javascript:alert(1)', 'image'],
    ['mailto:desk@example.com', 'image'],
    ['mailto:desk@example.com', 'resource'],
    ['file:///etc/passwd', 'link'],
    ['blob:https://example.com/uuid', 'link'],
    ['ftp://example.com/file', 'link'],
    ['tel:+995', 'link'],
    ['', 'link'],
    ['   ', 'link'],
    ['\u0000', 'link'],
  ];
  for (const [input, kind] of dropped) {
    it(`drops ${JSON.stringify(input)} as a ${kind}`, () => {
      expect(sanitizeUrl(input, kind)).to.equal(undefined);
    });
  }

  it('drops values that are not strings', () => {
    for (const value of [undefined, null, 42, {}, ['https://example.com'], true]) {
      expect(sanitizeUrl(value)).to.equal(undefined);
    }
  });

  it('leaves look-alike schemes that are not schemes as harmless relative paths', () => {
    // Full-width letters are no scheme to the URL parser: the result is a relative path.
    const url = sanitizeUrl('\uFF4Aavascript:alert(1)');
    expect(url === undefined || new URL(url, location.href).protocol === location.protocol).to.be.true;
  });
});

describe('sanitizeSrcset', () => {
  it('keeps safe candidates with their descriptors', () => {
    expect(sanitizeSrcset('a-480.jpg 480w, https://x.test/a-960.jpg 960w')).to.equal(
      'a-480.jpg 480w, https://x.test/a-960.jpg 960w',
    );
    expect(sanitizeSrcset('a.jpg 1x,b.jpg 2x')).to.equal('a.jpg 1x, b.jpg 2x');
  });

  it('drops unsafe candidates and keeps the rest', () => {
    expect(sanitizeSrcset('javascript:alert(1) 1x, ok.jpg 2x')).to.equal('ok.jpg 2x');
    expect(sanitizeSrcset('data:image/svg+xml,<svg> 1x, ok.png 2x')).to.equal('ok.png 2x');
  });

  it('keeps the comma inside a raster data URL', () => {
    expect(sanitizeSrcset('data:image/png;base64,AAAA 1x')).to.equal('data:image/png;base64,AAAA 1x');
  });

  it('gives undefined when nothing safe is left', () => {
    expect(sanitizeSrcset('javascript:alert(1) 1x')).to.equal(undefined);
    expect(sanitizeSrcset('')).to.equal(undefined);
    expect(sanitizeSrcset(undefined)).to.equal(undefined);
    expect(sanitizeSrcset('a.jpg onerror=alert(1)')).to.equal(undefined);
  });
});

describe('largestSrcsetCandidate', () => {
  it('picks the widest candidate, then the densest, then the only one', () => {
    expect(largestSrcsetCandidate('a-480.jpg 480w, a-1440.jpg 1440w, a-960.jpg 960w')).to.equal('a-1440.jpg');
    expect(largestSrcsetCandidate('a.jpg 1x, a@3x.jpg 3x, a@2x.jpg 2x')).to.equal('a@3x.jpg');
    expect(largestSrcsetCandidate('only.jpg')).to.equal('only.jpg');
    expect(largestSrcsetCandidate(undefined)).to.equal(undefined);
  });
});
