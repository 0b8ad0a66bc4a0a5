import type { AppConfig } from '../config/app-config';
import { ContentCooker } from './content-cooker.service';

describe('ContentCooker', () => {
  it('shows images only from the hosts CONTENT_IMAGE_HOSTS allows', () => {
    const sut = new ContentCooker({ content: { imageHosts: ['images.example.org'] } } as unknown as AppConfig);
    expect(sut.cook('![chart](https://images.example.org/chart.png)').imageCount).toBe(1);
    expect(sut.cook('![chart](https://elsewhere.example/chart.png)').html).toBe('<p>chart</p>\n');
  });

  it('shows mentions with the names it is given', () => {
    const sut = new ContentCooker({ content: { imageHosts: [] } } as unknown as AppConfig);
    const id = '0b6f4d1e-2c3a-4b5c-8d9e-0f1a2b3c4d5e';
    expect(sut.cook(`@[Tom Hughes (facilitator)](mention:${id})`, new Map([[id, 'Ada Lovelace']])).text).toBe(
      '@Ada Lovelace',
    );
    expect(sut.cook(`@[Tom Hughes (facilitator)](mention:${id})`).html).toBe('<p>@Tom Hughes (facilitator)</p>\n');
  });
});
