/**
 * OpenSanctions data: the "targets.simple.csv" export ({@link org.chokepoint.lists.opensanctions.TargetsSimpleReader})
 * and FollowTheMoney entities as JSON lines ({@link org.chokepoint.lists.opensanctions.FtmReader}), which
 * also carry ownership relations. Entity ids are {@code opensanctions:<FollowTheMoney id>} in both, so
 * the two exports of one dataset name the same entities alike.
 */
package org.chokepoint.lists.opensanctions;
