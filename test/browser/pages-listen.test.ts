/**
 * DESIGN §7 quality bars and keyboard access per page type (test/support/page-quality.ts), for
 * lists and the start page.
 */
import { describePageQuality } from '../support/page-quality.ts';

describePageQuality('listen');
