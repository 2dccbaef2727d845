/** The per-language checks of the core help (test/support/translation-checks.ts) for ru and uk. */
import { describeLanguages } from '../support/translation-checks.ts';

describeLanguages(['ru', 'uk']);
