import type { Decorator } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { DemoMessagesReady } from './demo-messages-ready';

/**
 * What a demo section's stories share: the section renders once its lazy `demo` messages are
 * loaded (as inside the drawer), and the story is played (then checked by axe) once its heading
 * shows.
 */
export function sectionStoryMeta(heading: string) {
  const withDemoMessages: Decorator = (Story) => (
    <DemoMessagesReady>
      <Story />
    </DemoMessagesReady>
  );
  return {
    decorators: [withDemoMessages],
    play: async ({ canvasElement }: { canvasElement: HTMLElement }) => {
      await expect(
        await within(canvasElement).findByRole('heading', { name: heading }),
      ).toBeVisible();
    },
  };
}
