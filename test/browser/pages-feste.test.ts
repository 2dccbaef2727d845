/**
 * DESIGN §7 quality bars and keyboard access per page type (test/support/page-quality.ts), for
 * the fixed pages (about, safety, imprint, privacy, accessibility, easy language) and the 404 page.
 */
import { describePageQuality } from '../support/page-quality.ts';

describePageQuality('feste');
