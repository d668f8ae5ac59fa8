import type { ConfigModel } from "../../../src/model/config/ConfigModel";
import { splitModel } from "../../../src/ui/worker/ModelParts";
import type { WorkerResponse } from "../../../src/ui/worker/workerProtocol";

/**
 * The worker's answers to a model request, as it sends them: the model's objects in parts
 * (two objects a part here, so that a small test model still comes in several), then the end;
 * only the end, with null, when the worker no longer has the model.
 */
export function modelAnswers(id: number, model: ConfigModel | null): WorkerResponse[] {
  if (!model) return [{ id, type: "model", end: null }];
  const { parts, end } = splitModel(model, 2);
  return [
    ...parts.map((objects): WorkerResponse => ({ id, type: "model-part", objects })),
    { id, type: "model", end },
  ];
}
