import type { Meta, StoryObj } from '@storybook/react-vite';
import { fn } from 'storybook/test';
import type { MergeReport } from '../../../contract';
import { sectionStoryMeta } from './section-story';
import { MergeSection } from './merge-section';

const REPORT: MergeReport = {
  kept: [{ customerId: 'c1', customerName: 'Østergaard & Søn A/S', status: 'approved' }],
  added: [
    { customerId: 'c2', customerName: 'Łódź Przemysł S.A.', status: 'pending' },
    { customerId: 'c3', customerName: 'Čapek Stavby a.s.', status: 'approved' },
  ],
  consolidated: [
    { customerId: 'c4', customerName: 'Nordwind Energie AG', status: 'pending' },
    { customerId: 'c5', customerName: 'Müller Logistik GmbH', status: 'approved' },
  ],
  removed: [
    { customerId: 'c6', customerName: 'Çelik Yapı Sanayi A.Ş.', status: 'expired' },
    { customerId: 'c6', customerName: 'Çelik Yapı Sanayi A.Ş.', status: 'withdrawn' },
  ],
};

/** R10's outcome as the panel tells it: counts and names per group. */
const meta = {
  title: 'Demo panel/MergeSection',
  component: MergeSection,
  args: { mergeAvailable: true, busy: false, onMerge: fn() },
  ...sectionStoryMeta('Merge duplicate account'),
} satisfies Meta<typeof MergeSection>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Available: Story = {};

export const Merging: Story = { args: { busy: true } };

export const Merged: Story = { args: { mergeAvailable: false, report: REPORT } };

export const NothingLeftToMerge: Story = { args: { mergeAvailable: false } };
