/** The per-language checks of the core help (test/support/translation-checks.ts) for ar and fa. */
import { describeLanguages } from '../support/translation-checks.ts';

describeLanguages(['ar', 'fa']);
