// Placeholder until this section lands (replaced in the same session; see the open issue).
import type { SectionProps } from '../AdminPage';

export default function PreviewSection({ draft }: SectionProps) {
  return <p>{draft.doc ? 'PreviewSection' : null}</p>;
}
