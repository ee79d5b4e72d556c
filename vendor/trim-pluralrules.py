#!/usr/bin/env python3
"""Regenerates vendor/intl_pluralrules from the crates.io release in ~/.cargo/registry, keeping
only the plural rules of the languages the wizard speaks (see vendor/README.md).

usage: python3 vendor/trim-pluralrules.py   (from the repository root, after `cargo fetch`)
"""
import glob, os, re, shutil

KEEP = {'sv', 'da', 'en'}
VERSION = '7.0.2'
source = glob.glob(os.path.expanduser(f'~/.cargo/registry/src/*/intl_pluralrules-{VERSION}'))[0]
target = 'vendor/intl_pluralrules'
shutil.rmtree(target, ignore_errors=True)
os.makedirs(f'{target}/src')
for name in ['README.md', 'src/lib.rs', 'src/operands.rs']:
    shutil.copy(f'{source}/{name}', f'{target}/{name}')
# A path dependency's warnings are not capped like a registry crate's: silence the old
# `feature = "cargo-clippy"` and `tarpaulin_include` cfgs and clippy's style remarks.
lib = open(f'{target}/src/lib.rs').read()
open(f'{target}/src/lib.rs', 'w').write('#![allow(unexpected_cfgs, clippy::all)]\n' + lib)

# Cargo.toml: the package as published, without its benches, dev-dependencies and badges.
manifest = open(f'{source}/Cargo.toml').read()
manifest = re.sub(r'\[\[bench\]\][^\[]*', '', manifest)
manifest = re.sub(r'\[dev-dependencies[^\]]*\][^\[]*', '', manifest)
manifest = re.sub(r'\[badges[\s\S]*$', '', manifest)
manifest = manifest.replace('    "benches/*.rs",\n', '')
open(f'{target}/Cargo.toml', 'w').write(manifest)

# rules.rs: keep the table entries (sorted, so binary search still works) of KEEP only.
def code(tag):  # unic-langid stores a language subtag as little-endian ASCII in a u64
    return int.from_bytes(tag.encode(), 'little')

keep = {code(tag) for tag in KEEP}
rules = open(f'{source}/src/rules.rs').read()
for table in ['PRS_CARDINAL', 'PRS_ORDINAL']:
    start = rules.index(f'pub const {table}')
    body = rules.index('= &[\n', start) + 5
    end = rules.index('\n];', body)
    entries = re.split(r'(?m)^    \(\n', rules[body:end])[1:]
    kept = [
        '    (\n' + entry.rstrip('\n')
        for entry in entries
        if int(re.search(r'from_raw_unchecked\((\d+)u64\)', entry).group(1)) in keep
        and entry.split('\n')[0].rstrip().endswith('None, None),')
    ]
    assert len(kept) == len(KEEP), (table, len(kept))
    rules = rules[:body] + '\n'.join(kept) + rules[end:]
rules = rules.replace(
    'pub static CLDR_VERSION',
    '// Trimmed to the languages the intake wizard speaks; see vendor/README.md.\npub static CLDR_VERSION', 1)
open(f'{target}/src/rules.rs', 'w').write(rules)
print(f'{target}: plural rules for {sorted(KEEP)} only')
