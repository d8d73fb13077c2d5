import { useConfigText } from './texts';

export function BrokenPart() {
  const t = useConfigText();
  return <p className="cfg-error">{t('brokenPart')}</p>;
}
