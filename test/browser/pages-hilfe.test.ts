/**
 * DESIGN §7 quality bars and keyboard access per page type (test/support/page-quality.ts), for
 * help by region, postcode and place, and the search page.
 */
import { describePageQuality } from '../support/page-quality.ts';

describePageQuality('hilfe');
