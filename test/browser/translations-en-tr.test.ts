/** The per-language checks of the core help (test/support/translation-checks.ts) for en and tr. */
import { describeLanguages } from '../support/translation-checks.ts';

describeLanguages(['en', 'tr']);
