/** The per-language checks of the core help (test/support/translation-checks.ts) for pl and ro. */
import { describeLanguages } from '../support/translation-checks.ts';

describeLanguages(['pl', 'ro']);
