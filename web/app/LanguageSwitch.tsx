import { lang, setLang, t } from './i18n';

/** Shows the other language's name in that language, so a reader of either can find it. */
export function LanguageSwitch() {
  return (
    <button
      type="button"
      class="btn btn-quiet lang-switch"
      lang={t('lang.otherTag')}
      title={t('lang.switchTitle')}
      onClick={() => setLang(lang() === 'zh' ? 'en' : 'zh')}
    >
      {t('lang.other')}
    </button>
  );
}
