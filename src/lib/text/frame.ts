/**
 * The publisher's frame, source lines 1–5, with the edition's translation of lines 1, 3 and 5
 * (content/translation/frame.yaml), checked against the source: for the About page, the glossary's
 * frame occurrences and the data files.
 */
import { frameTranslationSchema } from '../content/schemas';
import { readYaml } from '../content/yaml-file';
import { alignFrame, type AlignedFrameLine } from './alignment';
import { frame } from './source';

export const FRAME_FILE = 'content/translation/frame.yaml';

export function alignedFrame(): AlignedFrameLine[] {
  return alignFrame(FRAME_FILE, readYaml(FRAME_FILE, frameTranslationSchema), frame);
}
