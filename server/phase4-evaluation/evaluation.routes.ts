import { defineRoute } from '../http/route';
import { BallotAnswer, getBallot } from '../phase2-balloting';
import { createEvaluationBallot } from './evaluation-ballots.service';
import { evaluationBody } from './inputs';

export const createEvaluationRoute = defineRoute({
  method: 'post',
  path: '/api/ballots/evaluation',
  access: 'evaluation.run',
  summary: 'Create a draft satisfaction evaluation (满意/基本满意/不满意 per project) of a cycle in evaluation; projectIds for a re-evaluation',
  responses: { 201: BallotAnswer },
  body: evaluationBody,
  handler: async ({ c, deps, actor, body }) => {
    const b = await createEvaluationBallot(deps.db, actor, body, deps.clock());
    return c.json({ ballot: await getBallot(deps.db, actor, b.id) }, 201);
  },
});
