/**
 * DESIGN §7 quality bars and keyboard access per page type (test/support/page-quality.ts), for
 * one detail page per content type.
 */
import { describePageQuality } from '../support/page-quality.ts';

describePageQuality('details');
