import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { HighlightedText } from './highlighted-text';

describe('HighlightedText', () => {
  it('turns only <mark> into elements and shows escaped text as the characters it stands for', () => {
    const { container } = render(
      <p>
        <HighlightedText html={'Head of <mark>physics</mark> &amp; <mark>mentor</mark> lead &lt;b&gt;KS4&lt;/b&gt;'} />
      </p>,
    );
    const paragraph = container.querySelector('p') as HTMLElement;
    expect([...paragraph.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual(['physics', 'mentor']);
    expect(paragraph.textContent).toBe('Head of physics & mentor lead <b>KS4</b>');
    expect(paragraph.querySelector('b')).toBeNull();
  });

  it('keeps any other tag as text, even one the server failed to escape', () => {
    const { container } = render(
      <p>
        <HighlightedText html={'<img src=x onerror="alert(1)"><mark>maths</mark><script>alert(2)</script>'} />
      </p>,
    );
    const paragraph = container.querySelector('p') as HTMLElement;
    expect([...paragraph.children].map((element) => element.tagName)).toEqual(['MARK']);
    expect(paragraph.textContent).toBe('<img src=x onerror="alert(1)">maths<script>alert(2)</script>');
  });
});
