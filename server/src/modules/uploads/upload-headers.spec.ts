import { contentDisposition, servingHeaders } from './upload-headers';

describe('serving headers', () => {
  it('names the file exactly in filename* and safely in the ASCII fallback', () => {
    expect(contentDisposition('attachment', 'Évaluation "finale" (v2).pdf')).toBe(
      `attachment; filename="_valuation _finale_ (v2).pdf"; filename*=UTF-8''%C3%89valuation%20%22finale%22%20%28v2%29.pdf`,
    );
  });

  it('cannot be broken out of by a name with quotes, semicolons or line breaks', () => {
    const header = contentDisposition('inline', 'a";\r\nSet-Cookie: x=1.png');
    expect(header).not.toMatch(/[\r\n]/);
    expect(header.split('filename=')[1]).toBe(
      '"a_;__Set-Cookie: x=1.png"; filename*=UTF-8\'\'a%22%3B%0D%0ASet-Cookie%3A%20x%3D1.png',
    );
  });

  it('serves text as UTF-8, never sniffed, sandboxed and privately cached', () => {
    expect(servingHeaders({ name: 'list.csv', contentType: 'text/csv' }, false)).toEqual({
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="list.csv"; filename*=UTF-8''list.csv`,
      'x-content-type-options': 'nosniff',
      'content-security-policy': "default-src 'none'; sandbox",
      'cache-control': 'private, max-age=3600',
    });
  });
});
