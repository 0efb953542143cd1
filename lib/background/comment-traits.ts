/**
 * What one comment says about its author, in the compact form the database merges per
 * member. The name and handle are read here, in memory, and never stored: only the derived
 * summary is.
 */
import type { Comment } from '../capture/batch';
import { summaryOfTraits, type MemberTraitSummary } from '../segments/member-traits';
import { inferTraits } from '../traits/index';

export function commentTraits(comment: Comment): MemberTraitSummary {
  return summaryOfTraits(
    inferTraits({ name: comment.authorName, handle: comment.authorHandle, text: comment.text }),
  );
}
