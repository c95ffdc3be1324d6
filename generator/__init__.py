"""Build a posterior-chain training guide for runners from structured YAML."""
