import type { AppConfig } from '../config/app-config';
import { ContentCooker } from './content-cooker.service';

describe('ContentCooker', () => {
  it('shows images only from the hosts CONTENT_IMAGE_HOSTS allows', () => {
    const sut = new ContentCooker({ content: { imageHosts: ['images.example.org'] } } as unknown as AppConfig);
    expect(sut.cook('![chart](https://images.example.org/chart.png)').imageCount).toBe(1);
    expect(sut.cook('![chart](https://elsewhere.example/chart.png)').html).toBe('<p>chart</p>\n');
  });
});
