import { contentDisposition } from '../src/downloads';

describe('a download’s file name', () => {
  it('keeps a Cyrillic name in filename* and gives an ASCII stand-in Node accepts as a header', () => {
    const header = contentDisposition('attachment', 'svodnaya-vedomost-5Б-1.xlsx');
    expect(header).toBe(`attachment; filename="svodnaya-vedomost-5_-1.xlsx"; filename*=UTF-8''svodnaya-vedomost-5%D0%91-1.xlsx`);
    expect(/^[\x20-\x7e]*$/.test(header)).toBe(true);
  });
});
