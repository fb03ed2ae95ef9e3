"""`python -m benchmarks.memory`: resident memory after many saves of one article, next to a
fresh load of the same knowledge base (twelve copies of the seed article, as the attack that
found the leak used). Each measurement is a process of its own."""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "knowledge" / "2023-01-31-diplomat-austin-lee-seoul.yaml"

SCRIPT = """
import gc, sys
from pathlib import Path
from bot.kb.store import KnowledgeStore

def rss():
    line = next(l for l in Path("/proc/self/status").read_text().splitlines() if l.startswith("VmRSS:"))
    return int(line.split()[1]) / 1024

folder, saves = Path(sys.argv[1]), int(sys.argv[2])
store = KnowledgeStore(folder)
store.load()
gc.freeze()  # as the bot does after every load
target = folder / "a1.yaml"
text = target.read_text()
for n in range(saves):
    target.write_text(text.replace("summary: >-", f"summary: >-\\n  Edit {n}.", 1))
    outcome = store.load()
    gc.freeze()
    assert outcome.applied and not outcome.errors, outcome.errors
print(rss(), len(store.engine.kb.docs), store.engine.kb.bm25.live)
"""


def knowledge(folder: Path, articles: int = 12) -> Path:
    """A knowledge folder of copies of the seed article, each with its own id."""
    folder.mkdir(parents=True)
    text = SEED.read_text(encoding="utf-8")
    for n in range(1, articles + 1):
        copy = text.replace("id: diplomat-2023-01-31-austin-lee-seoul", f"id: copy-{n}")
        (folder / f"a{n}.yaml").write_text(copy, encoding="utf-8")
    return folder


def run(folder: Path, saves: int) -> tuple[float, int, int]:
    """(resident MB, units held, units live) after loading the folder and saving one file `saves` times."""
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(folder), str(saves)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    rss, docs, live = done.stdout.split()
    return float(rss), int(docs), int(live)


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.memory", description=__doc__.splitlines()[0])
    parser.add_argument("--saves", type=int, default=1000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        fresh = run(knowledge(Path(tmp) / "fresh"), 0)
        after = run(knowledge(Path(tmp) / "edited"), args.saves)
    print("| | resident MB | units held | units live |")
    print("|---|---|---|---|")
    print(f"| fresh load | {fresh[0]:.1f} | {fresh[1]:,} | {fresh[2]:,} |")
    print(f"| after {args.saves:,} saves | {after[0]:.1f} | {after[1]:,} | {after[2]:,} |")
    print(f"\nafter / fresh: {after[0] / fresh[0]:.1%}")


if __name__ == "__main__":
    main()
