#!/usr/bin/env bash
# Gradescope runs this once, as root, when it builds the autograder image (Ubuntu).
# Zip this folder's two scripts with hwgrade.jar and the FULL rubric as rubric.yaml at the zip's root:
#   cp target/hwgrade.jar rubrics/hw.yaml docs/ci/gradescope/ && (cd docs/ci/gradescope && mv hw.yaml rubric.yaml && zip ../autograder.zip *)
set -euo pipefail
apt-get update
apt-get install -y --no-install-recommends openjdk-17-jre-headless
