# The two commands a new machine needs are `make up` and `make test` (see README.md).
SHELL := /bin/bash
export npm_config_loglevel := error
export npm_config_fund := false
export npm_config_audit := false

.PHONY: install build infra up down test test-unit test-int test-system typecheck bench faults backup restore clean

node_modules/.installed: package.json package-lock.json $(wildcard libs/*/package.json services/*/package.json gateway/package.json web/package.json)
	npm install --no-audit --no-fund --prefer-offline
	@touch $@

install: node_modules/.installed

# The services, gateway and libraries (esbuild, src/ → dist/: scripts/build.mjs), then the web client the
# gateway serves at / (Vite, into web/dist). Their types are checked by `make typecheck` (make test runs it).
build: install
	node scripts/build.mjs
	npm run build -w web --silent

infra:
	scripts/infra.sh up

typecheck: install
	npx tsc -p tsconfig.check.json --noEmit

# The servers (FerretDB is built from source on a new machine: minutes) come up while the code is built
# and type-checked (side by side: each is mostly one tsc) and unit-tested — none of which needs them; then
# Chromium (apt-get, after the servers' own installs) and the integration and system tests.
test: install
	@mkdir -p .run
	@set -o pipefail; scripts/infra.sh up > .run/infra-up.log 2>&1 & infra=$$!; \
	trap 'kill $$infra 2>/dev/null' EXIT; \
	$(MAKE) --no-print-directory -j2 build typecheck && \
	npx jest --selectProjects unit --maxWorkers=2 && \
	{ wait $$infra; status=$$?; cat .run/infra-up.log; test $$status -eq 0; } && \
	scripts/browser.sh >/dev/null && \
	set -a && source <(scripts/infra.sh env) && set +a && \
	npx jest --selectProjects integration --maxWorkers=3 --forceExit && \
	npx jest --selectProjects system --runInBand --passWithNoTests --forceExit

up: build infra
	set -a && source <(scripts/infra.sh env) && set +a && node scripts/run-system.mjs

# The fault suite (issue #18): kill -9 of a writer, of a consumer and of the gateway, and a database
# outage, under load; counts acknowledged vs present vs doubled marks. Minutes long: run before a release.
faults: build infra
	set -a && source <(scripts/infra.sh env) && set +a && \
	npx jest --selectProjects faults --runInBand --verbose --forceExit

# Benchmarks against the real servers; each quotes a baseline measured in the same run.
bench: build infra
	set -a && source <(scripts/infra.sh env) && set +a && \
	node bench/lesson-planning.mjs && \
	node bench/journal.mjs && \
	node bench/diary.mjs && \
	node bench/notices.mjs && \
	node bench/archive.mjs --classes 10 && \
	node bench/reports.mjs && \
	node bench/web.mjs

# Backups (docs/backups.md): every service's database and the broker's definitions, written to two media
# (BACKUP_MEDIUM_A / BACKUP_MEDIUM_B, by default .backups/medium-a and .backups/medium-b) with SHA-256
# checksums and a manifest, then rotated. `make restore FROM=<one backup's directory on one medium>` checks
# every checksum first and refuses a backup that fails one; the platform must be stopped meanwhile.
backup: install
	node scripts/build.mjs libs/contracts libs/kit libs/backup
	set -a && source <(scripts/infra.sh env) && set +a && \
	BACKUP_DATABASE_PREFIX=$${BACKUP_DATABASE_PREFIX-ejournal_} node libs/backup/dist/main.js backup

restore: install infra
	@test -n "$(FROM)" || { echo 'usage: make restore FROM=.backups/medium-b/<backup>   (ls .backups/medium-*/)'; exit 2; }
	@! { test -f .run/system.pid && kill -0 "$$(cat .run/system.pid)" 2>/dev/null; } || \
	{ echo 'the platform is running: stop it first (Ctrl-C on make up, or node scripts/run-system.mjs --stop)'; exit 1; }
	node scripts/build.mjs libs/contracts libs/kit libs/backup
	set -a && source <(scripts/infra.sh env) && set +a && node libs/backup/dist/main.js restore --from "$(FROM)"

down:
	-node scripts/run-system.mjs --stop
	scripts/infra.sh down

clean:
	rm -rf node_modules libs/*/dist services/*/dist gateway/dist .run
