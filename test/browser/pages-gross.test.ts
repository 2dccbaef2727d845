/**
 * DESIGN §7 quality bars and keyboard access per page type (test/support/page-quality.ts), for
 * the overviews and numbered pages only the 4,000-entry site has.
 */
import { describePageQuality } from '../support/page-quality.ts';

describePageQuality('gross');
