// Which grades and service types something applies to (none ticked: any), as SLA policies and escalation
// thresholds both say it.
import { ChoiceList } from '../ChoiceList';
import { useOptions } from '../options';
import type { Path } from '../path';
import { useConfigText } from '../texts';

export function GradesAndTypes({ path }: { readonly path: Path }) {
  const t = useConfigText();
  const options = useOptions();
  return (
    <>
      <ChoiceList path={[...path, 'grades']} legend={t('grades')} options={options.grades} optional />
      <ChoiceList path={[...path, 'serviceTypes']} legend={t('serviceTypes')} options={options.serviceTypes} optional />
    </>
  );
}
