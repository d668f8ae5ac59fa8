import { readFileSync } from "node:fs";
import { runBaseline } from "./runBaseline";

// The baseline process of bench:cli: it reads a mutagen JSON export, JSON.parses it and
// d3.stratifies its objects, and nothing else.
runBaseline(readFileSync(process.argv[2]!, "utf8"), "mutagen-json");
